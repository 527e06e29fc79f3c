// Run digits.tflite (section 18.1) in an Android app with the Interpreter API.
// build.gradle: implementation "com.google.ai.edge.litert:litert:1.4.1"
// (the LiteRT artifact; before the rename it was org.tensorflow:tensorflow-lite).
// From litert 2.0 on, org.tensorflow.lite.Interpreter is reported missing
// (https://github.com/google-ai-edge/LiteRT/issues/4775), so this uses a 1.x release.
// Put digits.tflite in src/main/assets/ and keep it uncompressed, so that it can be mapped.
package com.example.digits;

import android.content.res.AssetFileDescriptor;
import android.content.res.AssetManager;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import org.tensorflow.lite.Interpreter;

public class DigitClassifier implements AutoCloseable {
    private static final int INPUT_SIZE = 64;   // 8x8 pixel values from 0 to 16, float32
    private static final int OUTPUT_SIZE = 10;  // one probability per digit 0-9

    private final Interpreter interpreter;

    // Map the model file from the app's assets into memory, without copying it
    private static MappedByteBuffer loadModelFile(AssetManager assets, String name)
            throws IOException {
        try (AssetFileDescriptor fd = assets.openFd(name);
             FileInputStream stream = new FileInputStream(fd.getFileDescriptor())) {
            return stream.getChannel().map(
                    FileChannel.MapMode.READ_ONLY, fd.getStartOffset(), fd.getDeclaredLength());
        }
    }

    public DigitClassifier(AssetManager assets) throws IOException {
        MappedByteBuffer modelBuffer = loadModelFile(assets, "digits.tflite");
        // Load the model, once for all the images to classify
        interpreter = new Interpreter(modelBuffer);
    }

    // Return the most probable digit for one image of 64 pixel values
    public int classify(float[] pixels) {
        // Prepare the input
        float[][] input = new float[1][INPUT_SIZE];
        System.arraycopy(pixels, 0, input[0], 0, INPUT_SIZE);
        float[][] output = new float[1][OUTPUT_SIZE];
        // Run inference
        interpreter.run(input, output);
        int best = 0;
        for (int i = 1; i < OUTPUT_SIZE; i++) {
            if (output[0][i] > output[0][best]) {
                best = i;
            }
        }
        return best;
    }

    // Release the interpreter's native resources (try-with-resources calls this)
    @Override
    public void close() {
        interpreter.close();
    }
}
