using CommunityFp.Generator.Core;

namespace CommunityFp.Generator.Population;

/// <summary>
/// Deaths: the monthly count follows the target crude death rate; who dies follows a Gompertz curve
/// (the risk doubles about every seven years of age), with a small infant excess.
/// </summary>
internal sealed class Mortality
{
    private readonly DistrictState _s;
    private double[] _cumulative = new double[1024];
    private int[] _candidates = new int[1024];
    private static readonly double[] RiskByAge = Enumerable.Range(0, 130)
        .Select(a => Math.Exp(0.098 * (a - 85)) + (a == 0 ? 0.02 : 0)).ToArray();

    public Mortality(DistrictState state) => _s = state;

    public void Month(int monthStart, int monthEnd, int presentResidents)
    {
        var n = _s.Rng.Poisson(presentResidents * _s.Settings.DeathRate / 12);
        if (n == 0) return;
        var count = Collect(monthStart);
        for (var i = 0; i < n && count > 0; i++)
        {
            var u = _s.Rng.NextDouble() * _cumulative[count - 1];
            var k = Array.BinarySearch(_cumulative, 0, count, u);
            if (k < 0) k = ~k;
            var person = _candidates[Math.Min(k, count - 1)];
            if (!_s.People[person].IsPresent) continue;
            var day = _s.Rng.Between(monthStart, monthEnd);
            _s.EndResidence(person, 3, day, _s.VisibleMonth(day, _s.People[person].Community));
        }
    }

    private int Collect(int day)
    {
        var count = 0;
        double total = 0;
        for (var i = 0; i < _s.People.Count; i++)
        {
            ref var p = ref _s.People[i];
            if (!p.IsPresent || p.DeletedMonth != int.MaxValue) continue;
            if (count == _candidates.Length)
            {
                Array.Resize(ref _candidates, count * 2);
                Array.Resize(ref _cumulative, count * 2);
            }
            total += RiskByAge[Math.Clamp((day - p.BirthDay) / 365, 0, 129)];
            _candidates[count] = i;
            _cumulative[count++] = total;
        }
        return count;
    }
}
