namespace Ektu.Qa.Kernel.Errors;

/// <summary>Kernel error codes; each is a key in the Kernel localization resource.</summary>
public static class ErrorCodes
{
    public const string NotFound = "Kernel:NotFound";
    public const string Conflict = "Kernel:Conflict";
    public const string Validation = "Kernel:Validation";
    public const string Forbidden = "Kernel:Forbidden";
    public const string Unauthorized = "Kernel:Unauthorized";
    public const string Unexpected = "Kernel:Unexpected";
    public const string TooManyRequests = "Kernel:TooManyRequests";
    public const string DatabaseUnavailable = "Kernel:DatabaseUnavailable";
    public const string Required = "Kernel:Required";
    public const string TooLong = "Kernel:TooLong";
    public const string InvalidValue = "Kernel:InvalidValue";
    public const string FileTooLarge = "Kernel:FileTooLarge";
    public const string FileTypeNotAllowed = "Kernel:FileTypeNotAllowed";
    public const string FileDamaged = "Kernel:FileDamaged";
    public const string FileUnpacksTooLarge = "Kernel:FileUnpacksTooLarge";
    public const string AntiforgeryMissing = "Kernel:AntiforgeryMissing";
    public const string BadRequest = "Kernel:BadRequest";
    public const string PayloadTooLarge = "Kernel:PayloadTooLarge";
    public const string UnsupportedMediaType = "Kernel:UnsupportedMediaType";
    public const string ControlCharacters = "Kernel:ControlCharacters";
    public const string DateOutOfRange = "Kernel:DateOutOfRange";
}
