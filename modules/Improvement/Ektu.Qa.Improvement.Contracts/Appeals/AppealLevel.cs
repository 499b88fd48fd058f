namespace Ektu.Qa.Improvement.Appeals;

/// <summary>Level of competence handling the appeal: department → school → university.</summary>
public enum AppealLevel
{
    Department,
    School,
    University,
}
