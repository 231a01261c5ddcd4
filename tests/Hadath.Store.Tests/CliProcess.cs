using System.Diagnostics;
using System.Text;

namespace Hadath.Store.Tests;

/// <summary>The real <c>hadath</c> CLI as a child process (dotnet exec hadath.dll), with its output collected.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public CliProcess(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(TestPaths.CliDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["HADATH_DATA"] = TestPaths.Data;
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    /// <summary>Waits for the process to end; fails the test (after killing it) when it takes longer than <paramref name="timeout"/>.</summary>
    public int Wait(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill();
            Assert.Fail($"hadath did not finish within {timeout}; output:\n{Output}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL, like kill -9: no handler, no flush, no rollback of its own.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public static int Run(string workingDirectory, TimeSpan timeout, out string output, params string[] args)
    {
        using var p = new CliProcess(workingDirectory, args);
        var code = p.Wait(timeout);
        output = p.Output;
        return code;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
