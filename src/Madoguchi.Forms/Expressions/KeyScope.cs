namespace Madoguchi.Forms.Expressions;

/// <summary>
/// The data keys an expression may read while compiling: a form's top-level keys, and the item
/// keys of each enclosing repeating group. An open scope (standalone expressions) accepts any key.
/// </summary>
internal sealed class KeyScope
{
    public static readonly KeyScope Open = new(null, isOpen: true);

    private readonly Dictionary<string, KeyScope?> _keys = new(StringComparer.Ordinal);
    private readonly bool _isOpen;

    public KeyScope(KeyScope? parent, bool isOpen = false)
    {
        Parent = parent;
        _isOpen = isOpen;
    }

    public KeyScope? Parent { get; }

    /// <summary>Adds a key; groupScope is the scope of its items when it is a repeating group.</summary>
    public void Add(string key, KeyScope? groupScope) => _keys.TryAdd(key, groupScope);

    public bool Contains(string key) => _keys.ContainsKey(key);

    public bool Resolves(string key)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._isOpen || s._keys.ContainsKey(key))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The item scope of the group named key, or an open scope when it is not a known group.</summary>
    public KeyScope ItemScopeOf(string key)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._keys.TryGetValue(key, out var group))
            {
                return group ?? new KeyScope(this, isOpen: true);
            }
        }
        return new KeyScope(this, isOpen: true);
    }
}
