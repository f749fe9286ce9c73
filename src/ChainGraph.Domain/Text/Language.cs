namespace ChainGraph.Domain.Text;

/// <summary>
/// The language of text a user reads. Chinese is the default for the bureau and leadership; English on request
/// (<c>--lang en</c> on the command line, <c>lang: EN</c> or <c>?lang=en</c> on the service).
/// </summary>
public enum Language
{
    /// <summary>简体中文 (the default).</summary>
    Zh,
    /// <summary>English.</summary>
    En,
}
