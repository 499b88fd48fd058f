namespace Ektu.Qa.Improvement.Capa;

/// <summary>CAPA error codes (localization keys).</summary>
public static class CapaErrorCodes
{
    public const string InvalidTransition = "Improvement:Capa.InvalidTransition";
    public const string CheckNotDue = "Improvement:Capa.CheckNotDue";
    public const string Closed = "Improvement:Capa.Closed";
    public const string UnknownSource = "Improvement:Capa.UnknownSource";
    public const string UnknownOwner = "Improvement:Capa.UnknownOwner";
}
