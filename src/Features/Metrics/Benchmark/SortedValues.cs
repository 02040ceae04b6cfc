namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// A sorted multiset of doubles in blocks of at most <see cref="BlockSize"/> values: adding or removing a value
/// moves at most one block, and counting the values below a bound walks the blocks' counts. Everything a percentile
/// and a median need costs the same at 100,000 values as at 1,000, to within the walk over a few hundred counts.
/// Not thread-safe: <see cref="PeerIndex"/> guards it.
/// </summary>
public sealed class SortedValues
{
    public const int BlockSize = 256;

    private readonly List<List<double>> blocks = [];

    public int Count { get; private set; }

    public void Add(double value)
    {
        if (blocks.Count == 0)
        {
            blocks.Add([value]);
            Count = 1;
            return;
        }

        var index = BlockFor(value);
        var block = blocks[index];
        block.Insert(UpperBound(block, value), value);
        Count++;
        if (block.Count > BlockSize)
        {
            // Split in halves so the next inserts into either half move little.
            var half = block.Count / 2;
            blocks.Insert(index + 1, block.GetRange(half, block.Count - half));
            block.RemoveRange(half, block.Count - half);
        }
    }

    /// <summary>Removes one value equal to <paramref name="value"/>; false when there is none.</summary>
    public bool Remove(double value)
    {
        for (var index = BlockFor(value); index < blocks.Count; index++)
        {
            var block = blocks[index];
            var at = LowerBound(block, value);
            if (at < block.Count && block[at] == value)
            {
                block.RemoveAt(at);
                Count--;
                if (block.Count == 0)
                {
                    blocks.RemoveAt(index);
                }

                return true;
            }

            if (at < block.Count)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many values are strictly below <paramref name="bound"/>.</summary>
    public int CountBelow(double bound)
    {
        var count = 0;
        foreach (var block in blocks)
        {
            if (block[^1] < bound)
            {
                count += block.Count;
                continue;
            }

            return count + LowerBound(block, bound);
        }

        return count;
    }

    /// <summary>The values in [<paramref name="low"/>, <paramref name="high"/>], ascending.</summary>
    public List<double> Between(double low, double high)
    {
        var values = new List<double>();
        foreach (var block in blocks)
        {
            if (block[^1] < low)
            {
                continue;
            }

            if (block[0] > high)
            {
                break;
            }

            values.AddRange(block.Where(v => v >= low && v <= high));
        }

        return values;
    }

    /// <summary>The value of rank <paramref name="index"/> (0-based) in ascending order.</summary>
    public double ElementAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        foreach (var block in blocks)
        {
            if (index < block.Count)
            {
                return block[index];
            }

            index -= block.Count;
        }

        throw new InvalidOperationException("Count and blocks disagree.");
    }

    /// <summary>Every value, ascending (for the rare rank that has to add or take out more than one value).</summary>
    public List<double> ToList() => [.. blocks.SelectMany(b => b)];

    /// <summary>The first block whose last value is not below <paramref name="value"/> (or the last block).</summary>
    private int BlockFor(double value)
    {
        var (low, high) = (0, blocks.Count - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (blocks[middle][^1] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int LowerBound(List<double> block, double value)
    {
        var (low, high) = (0, block.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (block[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int UpperBound(List<double> block, double value)
    {
        var (low, high) = (0, block.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (block[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
