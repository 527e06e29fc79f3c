// Load the converted digits model in the browser and classify one image (section 18.2).
// The page loads TensorFlow.js (@tensorflow/tfjs 4.22.0) first, which defines `tf`.
const INPUT_SIZE = 64;  // 8x8 pixel values from 0 to 16, as float32

async function loadModel() {
    const model = await tf.loadGraphModel('web_model/model.json');
    // The first image of scikit-learn's digits, a 0
    const input = tf.tensor2d([[
        0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0,
        0, 3, 15, 2, 0, 11, 8, 0, 0, 4, 12, 0, 0, 8, 8, 0,
        0, 5, 8, 0, 0, 9, 8, 0, 0, 4, 11, 0, 1, 12, 7, 0,
        0, 2, 14, 5, 10, 12, 0, 0, 0, 0, 6, 13, 10, 0, 0, 0,
    ]], [1, INPUT_SIZE]);
    const output = model.predict(input);  // shape [1, 10]: one probability per digit
    return output.array();
}
