namespace Ektu.Qa.Improvement.Appeals;

/// <summary>How the appeal arrived: the web form, on paper, or orally (recorded by staff).</summary>
public enum AppealChannel
{
    Web,
    Written,
    Oral,
}
