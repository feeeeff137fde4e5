namespace CommunityFp.Generator.Core;

/// <summary>A growable array of structs with by-ref access: compact per-record state for millions of records.</summary>
internal sealed class StructList<T> where T : struct
{
    private T[] _items;

    public StructList(int capacity = 1024) => _items = new T[Math.Max(16, capacity)];

    public int Count { get; private set; }

    public ref T this[int index] => ref _items[index];

    /// <summary>Appends and returns the new item's index.</summary>
    public int Add(in T item)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count] = item;
        return Count++;
    }
}
