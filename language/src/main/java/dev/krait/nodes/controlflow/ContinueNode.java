package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StatementNode;

public final class ContinueNode extends StatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw ContinueException.INSTANCE;
    }
}
