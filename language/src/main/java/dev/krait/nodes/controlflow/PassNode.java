package dev.krait.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.krait.nodes.StatementNode;

public final class PassNode extends StatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
    }
}
