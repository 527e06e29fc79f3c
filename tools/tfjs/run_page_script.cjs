// Run a page's TensorFlow.js code in Node as a browser runs it (`nox -s tfjs`):
//   node run_page_script.cjs CHECK_JSON MODEL_FOLDER
// `tf` is a global (the page loads @tensorflow/tfjs first), the converted model
// is served over HTTP from 127.0.0.1, and the page's relative model URL resolves
// against that server, as a browser resolves it against the page.
// Prints {"page": what the page's function returns, "probabilities": model.predict}.
const fs = require("fs");
const http = require("http");
const path = require("path");
const vm = require("vm");
const tf = require("@tensorflow/tfjs");

const [checkFile, modelFolder] = process.argv.slice(2);
const check = JSON.parse(fs.readFileSync(checkFile, "utf8"));

const server = http.createServer((request, response) => {
  // model.json and its weight files, whatever folder the page's URL names
  const file = path.join(modelFolder, path.basename(decodeURIComponent(request.url)));
  fs.readFile(file, (error, data) => {
    response.writeHead(error ? 404 : 200);
    response.end(error ? "" : data);
  });
});

server.listen(0, "127.0.0.1", async () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  const loadGraphModel = tf.loadGraphModel;
  const resolved = (url, options) => loadGraphModel(new URL(url, base).href, options);
  globalThis.tf = new Proxy(tf, { get: (target, name) => (name === "loadGraphModel" ? resolved : target[name]) });
  try {
    vm.runInThisContext(fs.readFileSync(check.script, "utf8"), { filename: check.script });
    const model = await globalThis.tf.loadGraphModel("model/model.json");
    const probabilities = await model.predict(tf.tensor2d(check.rows, [check.rows.length, 64])).array();
    const page = check.function === "predictDigits"
      ? await globalThis.predictDigits(check.rows) : await globalThis[check.function]();
    process.stdout.write(JSON.stringify({ page, probabilities }));
  } finally {
    server.close();
  }
});
