using Ektu.Qa.Kernel.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// The options of a select over an enum, each named through <c>Enum:Type.Value</c>, for <c>asp-items</c>: one way to offer
/// an enum, so no page shows a member name (<c>RawEnumTests</c> crawls every page for one).
/// </summary>
public static class EnumItems
{
    /// <summary>Every member (or only <paramref name="only"/>), <paramref name="selected"/> marked; values stay the member names.</summary>
    public static IEnumerable<SelectListItem> Items<T>(this IStringLocalizer l, T? selected = null, IEnumerable<T>? only = null) where T : struct,
        Enum =>
        (only ?? Enum.GetValues<T>()).Select(v => new SelectListItem(l.Enum(v), v.ToString(), selected is { } s && s.Equals(v))).ToList();
}
