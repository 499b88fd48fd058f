namespace Ektu.Qa.Kernel.Web;

/// <summary>The one-time confirmation a page leaves for the next one (TempData), rendered by the layout.</summary>
public static class StatusMessage
{
    public const string TempDataKey = "StatusMessage";
}
