"""Is the What-If Tool there? TensorBoard 2.21 and the What-If Tool packages (section 15).

Neither What-If Tool package is installed next to TensorBoard 2.21.0:

>>> tensorboard.__version__, installed
('2.21.0', {'tensorboard_plugin_wit': False, 'witwidget': False})

Without them, TensorBoard's What-If Tool tab belongs to its built-in
`wit_redirect` plugin, which is never active. The plugins are loaded the way
`tensorboard --logdir` loads them:

>>> from tensorboard import default
>>> from tensorboard.backend.application import make_plugin_loader
>>> from tensorboard.plugins import base_plugin
>>> context = base_plugin.TBContext(logdir=None, multiplexer=None)
>>> plugins = [make_plugin_loader(spec).load(context) for spec in default.get_static_plugins()]
>>> plugins = {plugin.plugin_name: plugin for plugin in plugins if plugin is not None}
>>> redirect = plugins["wit_redirect"]
>>> redirect.frontend_metadata().tab_name, bool(redirect.is_active())
('What-If Tool', False)

The tab's text, in TensorBoard's web files, says that the tool is no longer
supported and points to LIT:

>>> import re, zipfile
>>> from importlib import resources
>>> page = zipfile.ZipFile(resources.files(tensorboard) / "webfiles.zip").read("index.js").decode()
>>> start = page.index("The What-If Tool is no longer supported")
>>> message = " ".join(re.sub(r"<[^>]+>", " ", page[start:start + 400]).split())
>>> "Learning Interpretability Tool (LIT)" in message
True

The dashboards that do work include the ones section 7 uses:

>>> {"scalars", "histograms", "graphs"} <= set(plugins)
True
"""

import importlib.util

import tensorboard

print("TensorBoard", tensorboard.__version__)
# The What-If Tool came as a TensorBoard plugin and as a notebook widget
installed = {name: importlib.util.find_spec(name) is not None
             for name in ["tensorboard_plugin_wit", "witwidget"]}
for name, found in installed.items():
    print(f"{name}: {'installed' if found else 'not installed'}")
