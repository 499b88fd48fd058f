namespace Ektu.Qa.QualityPolicy.Standards;

/// <summary>The catalogue a standard belongs to.</summary>
public enum StandardFramework
{
    Esg2015,
    Internal,
}
