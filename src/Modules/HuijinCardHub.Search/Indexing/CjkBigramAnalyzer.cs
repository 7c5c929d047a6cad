using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace HuijinCardHub.Search.Indexing;

/// <summary>
/// Han text as overlapping two-character pieces (王者荣耀 → 王者 者荣 荣耀), latin words and numbers whole,
/// full-width letters folded (Ｑ币 = Q币) and everything lower-cased (q币 = Q币).
/// At index time single characters are kept too, so a one-character query (券) still finds 点券.
/// </summary>
internal sealed class CjkBigramAnalyzer(bool keepSingleCharacters) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, keepSingleCharacters);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
