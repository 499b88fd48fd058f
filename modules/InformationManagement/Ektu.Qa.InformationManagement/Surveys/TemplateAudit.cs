namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>What the audit log keeps of a template version: its texts and the number of questions (the questions are in the row).</summary>
internal sealed record TemplateAudit(string Code, int Number, string TitleKk, string TitleRu, string TitleEn, TemplateState State, int Questions);
