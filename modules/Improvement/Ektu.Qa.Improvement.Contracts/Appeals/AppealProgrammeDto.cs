using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.Improvement.Appeals;

/// <summary>A programme of the register as an appeal names it: its group code, titles and school.</summary>
public sealed class AppealProgrammeDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string Title => LocalizerExtensions.Pick(TitleKk, TitleRu, TitleEn);
    public Guid SchoolId { get; init; }
}
