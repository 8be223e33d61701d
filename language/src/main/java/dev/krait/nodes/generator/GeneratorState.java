package dev.krait.nodes.generator;

import com.oracle.truffle.api.frame.Frame;

import dev.krait.runtime.objects.PGenerator;

/**
 * The frame slots every generator function has: the generator object itself and the resume flag. When a generator
 * resumes, its body runs again from the top in its saved frame with the flag set; the nodes on the path to the
 * {@code yield} it stopped at use their saved state (statement index, loop position, evaluated operands) to skip
 * forward, and that yield clears the flag and hands back the value sent in.
 */
public record GeneratorState(int generatorSlot, int resumingSlot) {

    public boolean isResuming(Frame frame) {
        return frame.isBoolean(resumingSlot) && frame.getBoolean(resumingSlot);
    }

    public void setResuming(Frame frame, boolean value) {
        frame.setBoolean(resumingSlot, value);
    }

    public PGenerator generator(Frame frame) {
        return (PGenerator) frame.getObject(generatorSlot);
    }
}
