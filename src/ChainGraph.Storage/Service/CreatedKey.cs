namespace ChainGraph.Storage.Service;

/// <summary>
/// A new key and its plaintext (<c>cg_&lt;id&gt;_&lt;secret&gt;</c>), which exists only here: the store keeps a hash.
/// <see cref="ToString"/> leaves the plaintext out so that logging the value cannot leak it.
/// </summary>
public sealed record CreatedKey(KeyInfo Key, string Plaintext)
{
    public override string ToString() => $"CreatedKey {{ Key = {Key}, Plaintext = <redacted> }}";
}
