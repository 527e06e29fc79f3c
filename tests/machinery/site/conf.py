"""A tiny site for the machinery tests: the real extensions, no TensorFlow."""

from pathlib import Path

from snippet_cells import describe_environment  # docs/_ext, on PYTHONPATH (the tests set it)

ROOT = Path(__file__).parent

project = "fixture"
extensions = ["myst_nb", "snippet_cells", "markers", "ledger"]
snippet_environment = describe_environment(ROOT / "requirements.lock")
nb_execution_mode = "cache"
nb_execution_cache_path = str(ROOT / "_build" / ".jupyter_cache")
nb_execution_raise_on_error = False
nb_execution_show_tb = False
