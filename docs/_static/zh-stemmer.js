/* Sphinx 9.0's Chinese search sets `Stemmer = ChineseStemmer` but ships only the
   English stemmer (EnglishStemmer) that its Chinese index uses for Latin words.
   Define the missing name; it is resolved when the search first stems a word. */
window.ChineseStemmer = function () { return new EnglishStemmer(); };
