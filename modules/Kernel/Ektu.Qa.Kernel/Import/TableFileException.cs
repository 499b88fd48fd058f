namespace Ektu.Qa.Kernel.Import;

/// <summary>An imported table could not be read (<see cref="TooManyRows"/> false) or has more rows than allowed.</summary>
public sealed class TableFileException(bool tooManyRows, Exception? inner = null)
    : Exception(tooManyRows ? "Too many rows." : "Unreadable table.", inner)
{
    public bool TooManyRows { get; } = tooManyRows;
}
