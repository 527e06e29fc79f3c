// In a web page that loads @tensorflow/tfjs 4.22, with ./tfjs_model served
// by a web server next to it (from tfjs_convert.sh).
async function predictDigits(rows) {
  // A graph model, not a layers model: tf.loadLayersModel cannot read it.
  const model = await tf.loadGraphModel("tfjs_model/model.json");
  const input = tf.tensor2d(rows, [rows.length, 64]); // the "pixels" input: rows of 64 values
  const probabilities = model.predict(input); // shape [rows.length, 10]
  const digits = await probabilities.argMax(1).array();
  tf.dispose([input, probabilities]);
  return digits;
}
