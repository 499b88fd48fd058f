namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>The CAPA source kind this module registers for plan items of collegial analyses.</summary>
public static class CollegialCapaSources
{
    public const string Action = "InformationManagement.CollegialAction";
}
