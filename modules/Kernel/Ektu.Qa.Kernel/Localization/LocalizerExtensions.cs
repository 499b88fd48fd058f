using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Localization;

/// <summary>Conventional keys: <c>Enum:Type.Value</c>, <c>Role:Name</c>.</summary>
public static class LocalizerExtensions
{
    /// <summary>The key prefix of role display names; Identity's catalogue names the built-in roles.</summary>
    public const string RolePrefix = "Role:";

    /// <summary>The key prefix of module display names; each module names itself in its catalogue.</summary>
    public const string ModulePrefix = "Module:";

    public static string Enum<T>(this IStringLocalizer l, T value) where T : struct, System.Enum =>
        l[$"Enum:{typeof(T).Name}.{value}"].Value;

    /// <summary>
    /// A role as a person reads it: a built-in role by its name in the current language, a role an administrator created
    /// by the name it was given (its name is already words, and no catalogue can know it).
    /// </summary>
    public static string Role(this IStringLocalizer l, string roleName) =>
        l[RolePrefix + roleName] is { ResourceNotFound: false } s ? s.Value : roleName;

    /// <summary>A comma-separated list of roles (a task's candidate groups) as a person reads it.</summary>
    public static string Roles(this IStringLocalizer l, string roleNames) =>
        string.Join(", ", roleNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l.Role));

    /// <summary>A module as a person reads it; a module no catalogue names yet reads as words ("StudentSupport" → "Student support").</summary>
    public static string Module(this IStringLocalizer l, string moduleName) =>
        l[ModulePrefix + moduleName] is { ResourceNotFound: false } s ? s.Value : Auditing.AuditNames.Humanize(moduleName);

    /// <summary>Picks the kk/ru/en field of reference data for the current UI language.</summary>
    public static string Pick(string kk, string ru, string en) => LocalizationStore.CurrentLanguage() switch
    {
        "kk" => string.IsNullOrEmpty(kk) ? en : kk,
        "ru" => string.IsNullOrEmpty(ru) ? en : ru,
        _ => en,
    };
}
