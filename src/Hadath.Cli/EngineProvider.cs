using Hadath.Text;
using Hadath.Text.Normalization;
using Hadath.Text.Segmentation;

namespace Hadath.Cli;

/// <summary>
/// Builds the engine parts a verb needs from the data folder, once and only when a verb asks,
/// so that <c>--help</c> and usage errors cost nothing.
/// </summary>
internal sealed class EngineProvider
{
    private readonly CliContext _context;
    private readonly Lazy<TextAnalyzer> _analyzer;

    public EngineProvider(CliContext context)
    {
        _context = context;
        _analyzer = new Lazy<TextAnalyzer>(BuildAnalyzer);
    }

    public TextAnalyzer Analyzer => _analyzer.Value;

    public string DataDirectory => _context.DataDirectory;

    private TextAnalyzer BuildAnalyzer()
    {
        var normalizer = new ArabicNormalizer();
        return TextAnalyzer.Create(VocabularyLoader.Load(DataDirectory, normalizer, []));
    }
}
