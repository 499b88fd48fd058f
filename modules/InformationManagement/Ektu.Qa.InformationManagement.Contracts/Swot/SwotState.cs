namespace Ektu.Qa.InformationManagement.Swot;

/// <summary>A SWOT analysis is edited as a draft and frozen once approved.</summary>
public enum SwotState
{
    Draft,
    Approved,
}
