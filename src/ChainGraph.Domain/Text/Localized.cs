namespace ChainGraph.Domain.Text;

/// <summary>
/// One piece of user-facing text in both languages, so analyses stay pure and the host picks the language.
/// Neither form mixes in the other language (a Chinese sentence has no English glosses).
/// </summary>
public sealed record Localized(string Zh, string En)
{
    public string In(Language language) => language == Language.En ? En : Zh;

    public override string ToString() => Zh;
}
