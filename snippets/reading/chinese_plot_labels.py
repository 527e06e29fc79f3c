"""Label a Matplotlib plot in Chinese: register a font that has Chinese characters
and put its family first in `rcParams` (section 4.3's plot, with the original's labels).

The font is Noto Sans CJK SC, a file that the mplfonts package ships; any font file
with Chinese characters, such as one of your system's, works the same way.
Matplotlib now draws the labels with it:

>>> from matplotlib import font_manager
>>> font_manager.findfont(font_manager.FontProperties(family=["sans-serif"])) == font_path
True
>>> [text.get_text() for text in ax.get_legend().get_texts()]
['真实数据', '拟合直线']

and no character is missing, unlike with the default font (section 4.3):

>>> import warnings
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     fig.canvas.draw()
>>> [str(w.message) for w in caught if "missing from font" in str(w.message)]
[]
"""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib import font_manager
from mplfonts.conf import FONT_DIR

font_path = f"{FONT_DIR}/NotoSansCJKsc-Regular.otf"
font_manager.fontManager.addfont(font_path)
plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", *plt.rcParams["font.sans-serif"]]

# Data like section 4.1's, and the line that section 4.2 fitted to that data
rng = np.random.default_rng(42)
x = np.linspace(0, 10, 100)
y = 0.5 * x + 2 + rng.normal(0, 0.5, size=100)
fig, ax = plt.subplots(figsize=(6, 4))
ax.scatter(x, y, color="#0072b2", label="真实数据")
ax.plot(x, 0.51 * x + 1.88, "-", color="#d55e00", label="拟合直线")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.legend()
plt.show()
