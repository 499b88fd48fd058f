namespace Ektu.Qa.QualityPolicy.Standards;

/// <summary>Texts and the appointed administrator of a standard.</summary>
public sealed class UpdateStandardInput
{
    public string TitleKk { get; set; } = "";
    public string TitleRu { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string? DescriptionKk { get; set; }
    public string? DescriptionRu { get; set; }
    public string? DescriptionEn { get; set; }
    public Guid? AdministratorUserId { get; set; }
    public int Version { get; set; }
}
