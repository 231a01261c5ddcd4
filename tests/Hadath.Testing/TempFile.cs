namespace Hadath.Testing;

/// <summary>A file in the temp folder that deletes itself, so tests on bad input stay short.</summary>
public sealed class TempFile : IDisposable
{
    public TempFile(byte[] bytes, string extension = ".txt")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hadath-test-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(Path, bytes);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
        }
    }
}
