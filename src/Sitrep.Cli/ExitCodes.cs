namespace Sitrep.Cli;

/// <summary>Exit codes of spec/OUTPUT.md.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read.</summary>
    public const int Success = 0;

    /// <summary>Some input could not be read; the rest was processed.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int BadArguments = 2;
}
