using System.Reflection;

namespace Hadath.Coding.Tests;

/// <summary>
/// The .NET JIT compiles a method of more than 60,000 bytes of IL without any optimisation, for good (no inlining, no
/// register allocation worth the name). The coder's per-sentence method grew past that once and ran unoptimised for
/// many sessions; this keeps every method of the coding, lexicon and text layers below the limit, so a rule added to
/// the sentence loop that pushes a stage over it fails here rather than silently costing speed.
/// </summary>
public sealed class JitLimitTests
{
    // The runtime's DEFAULT_MIN_OPTS_CODE_SIZE (src/coreclr/jit/compiler.h); release runtimes read no setting for it.
    private const int MinOptsCodeSize = 60_000;

    public static TheoryData<string> Assemblies => new() { "Hadath.Coding", "Hadath.Lexicon", "Hadath.Text" };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void EveryMethod_ILSize_StaysBelowTheJitOptimisationLimit(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var sizes = assembly.GetTypes()
            .SelectMany(t => t.GetMethods(all).Cast<MethodBase>().Concat(t.GetConstructors(all)).Select(m => (Name: $"{t.FullName}.{m.Name}", Size: m.GetMethodBody()?.GetILAsByteArray()?.Length ?? 0)))
            .ToList();

        Assert.NotEmpty(sizes);
        var tooBig = sizes.Where(m => m.Size > MinOptsCodeSize).Select(m => $"{m.Name}: {m.Size} bytes of IL").ToList();
        Assert.True(tooBig.Count == 0, "split these methods, the JIT will not optimise them: " + string.Join("; ", tooBig));
    }
}
