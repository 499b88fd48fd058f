namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>A template version is edited as a draft; a published version is frozen so every survey built on it stays comparable.</summary>
public enum TemplateState
{
    Draft,
    Published,
}
