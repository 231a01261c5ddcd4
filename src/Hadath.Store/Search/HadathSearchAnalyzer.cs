using Hadath.Text;
using Lucene.Net.Analysis;

namespace Hadath.Store.Search;

/// <summary>The Lucene analyzer for Arabic articles and queries, built on Hadath.Text (see <see cref="HadathTokenizer"/>).</summary>
public sealed class HadathSearchAnalyzer : Analyzer
{
    private readonly TextAnalyzer _text;

    public HadathSearchAnalyzer(TextAnalyzer text)
    {
        _text = text;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => new(new HadathTokenizer(_text, reader));
}
