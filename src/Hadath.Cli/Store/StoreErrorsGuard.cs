using System.Data.Common;
using Hadath.Text.Diagnostics;

namespace Hadath.Cli.Store;

/// <summary>Turns a database error that escaped the store into one readable line and exit code 1, never a stack trace.</summary>
internal static class StoreErrorsGuard
{
    public static async Task<int> Run(Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw new HadathException(ErrorCatalog.Create(DiagnosticCode.UnreadableInput, "store", null, $"database error: {e.Message.Split('\n')[0].Trim()}"));
        }
    }
}
