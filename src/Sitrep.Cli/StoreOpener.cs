using Sitrep.Storage;

namespace Sitrep.Cli;

/// <summary>Opens the store a command names, saying why on standard error when it cannot.</summary>
internal static class StoreOpener
{
    public static IncidentStore? Open(string? db)
    {
        try
        {
            return IncidentStore.Open(StoreLocation.Resolve(db));
        }
        catch (Exception e) when (e is ArgumentException or System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: cannot open the store: {e.Message}");
            return null;
        }
    }
}
