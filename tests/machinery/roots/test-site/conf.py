"""A tiny site for the machinery tests: the real extensions, no TensorFlow run."""

from pathlib import Path

from snippet_cells import describe_environment  # docs/_ext, on pytest's pythonpath

ROOT = Path(__file__).parent

project = "fixture"
extensions = ["myst_nb", "snippet_cells", "markers", "generated_lists", "stamp", "downloads",
              "report_link", "apilinks", "editions", "warned_pages"]
exclude_patterns = ["_build"]
locale_dirs = ["locale"]
snippet_environment = describe_environment(ROOT / "requirements.lock")
downloads_lock = str(ROOT / "requirements.lock")
outside_checks_record = str(ROOT / "outside-checks.json")
nb_execution_mode = "cache"
nb_execution_cache_path = str(ROOT / "_build" / ".jupyter_cache")
nb_execution_raise_on_error = False
nb_execution_show_tb = False
report_repository = "https://example.org/fixture"
