namespace Hadath.Store;

/// <summary>How a verb uses the store: readers never change it (a damaged file stays as it was), writers create it when missing.</summary>
public enum StoreMode
{
    Read,
    Write,
}
