"""Which dashboards TensorBoard 2.21 ships, and what its What-If Tool tab says (section 15).

The What-If Tool is not among TensorBoard's working plugins any more: without
the separate `tensorboard-plugin-wit` package, its slot is taken by a
`wit_redirect` plugin that is never active and only shows a message:

>>> "wit_redirect" in names, tabs["wit_redirect"], active["wit_redirect"]
(True, 'What-If Tool', False)
>>> "no longer supported" in message, "Learning Interpretability Tool (LIT)" in message
(True, True)

The dashboards that do work include the ones section 7 uses:

>>> {"scalars", "histograms", "graphs"} <= set(names), tensorboard.__version__
(True, '2.21.0')
"""

import re
import zipfile
from importlib import resources

import tensorboard
from tensorboard import default
from tensorboard.backend.application import make_plugin_loader
from tensorboard.plugins import base_plugin

# Load every built-in plugin the way `tensorboard --logdir` does
context = base_plugin.TBContext(logdir=None, multiplexer=None)
names, tabs, active = [], {}, {}
for spec in default.get_static_plugins():
    plugin = make_plugin_loader(spec).load(context)
    if plugin is None:  # a loader may decline to load
        continue
    names.append(plugin.plugin_name)
    tabs[plugin.plugin_name] = plugin.frontend_metadata().tab_name
    active[plugin.plugin_name] = bool(plugin.is_active())
print("TensorBoard", tensorboard.__version__, "built-in plugins:", ", ".join(names))
print("What-If Tool tab: plugin", "wit_redirect", "active:", active["wit_redirect"])

# The text that the What-If Tool tab shows, from TensorBoard's web files
web = zipfile.ZipFile(resources.files(tensorboard) / "webfiles.zip")
page = web.read("index.js").decode()
start = page.index("The What-If Tool is no longer supported")
message = " ".join(re.sub(r"<[^>]+>", " ", page[start:start + 400]).split())
message = message[:message.index("use this tool.") + len("use this tool.")]
print("It says:", message)
