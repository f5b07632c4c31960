using System.Collections.Immutable;
using System.Globalization;
using Tidings.Places;

namespace Tidings.GazetteerBuilder;

/// <summary>The gazetteer being built: GeoNames' countries, first-level regions and populated places, then the supplement.</summary>
internal sealed class GazetteerTables(long minPopulation)
{
    /// <summary>Districts (sections of populated places) are kept from this population on.</summary>
    private const long MinDistrictPopulation = 15000;

    private readonly Dictionary<string, GazetteerRow> _rows = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, string> _countryIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _adminIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Id, long Population)> _cityByName = new(StringComparer.Ordinal);

    /// <summary>Reads countryInfo.txt, admin1CodesASCII.txt and cities1000.tsv.</summary>
    public void ReadGeoNames(string folder)
    {
        List<City> cities = ReadCities(Path.Combine(folder, "cities1000.tsv"));
        var capitals = new Dictionary<string, City>(StringComparer.Ordinal);
        var seats = new Dictionary<string, City>(StringComparer.Ordinal);
        var largest = new Dictionary<string, City>(StringComparer.Ordinal);
        var regionPopulation = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (City c in cities)
        {
            string admin = c.Country + "." + c.Admin;
            if (c.FeatureCode == "PPLC" && (!capitals.TryGetValue(c.Country, out City? k) || k.Population < c.Population))
            {
                capitals[c.Country] = c;
            }

            if (c.FeatureCode == "PPLA" && (!seats.TryGetValue(admin, out City? s) || s.Population < c.Population))
            {
                seats[admin] = c;
            }

            if (c.FeatureCode != "PPLX")
            {
                if (!largest.TryGetValue(admin, out City? l) || l.Population < c.Population)
                {
                    largest[admin] = c;
                }

                regionPopulation[admin] = regionPopulation.GetValueOrDefault(admin) + c.Population;
            }
        }

        foreach (string[] f in ReadTable(Path.Combine(folder, "countryInfo.txt")))
        {
            string code = f[0];
            string id = f[16];
            capitals.TryGetValue(code, out City? capital);
            ImmutableArray<string> neighbours = [.. f[17].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            Add(new GazetteerRow(id, PlaceKind.Country, code, null, capital?.Latitude ?? double.NaN, capital?.Longitude ?? double.NaN,
                long.Parse(f[7], CultureInfo.InvariantCulture), f[4], [], [], IsCapital: false, IsProminent: false, neighbours));
            _countryIds[code] = id;
        }

        foreach (string[] f in ReadTable(Path.Combine(folder, "admin1CodesASCII.txt")))
        {
            string key = f[0];
            int dot = key.IndexOf('.', StringComparison.Ordinal);
            string country = key[..dot];
            City? seat = seats.GetValueOrDefault(key) ?? largest.GetValueOrDefault(key);
            ImmutableArray<string> aliases = f[2] != f[1] ? [f[2]] : [];
            Add(new GazetteerRow(f[3], PlaceKind.Region, country, key[(dot + 1)..], seat?.Latitude ?? double.NaN, seat?.Longitude ?? double.NaN,
                regionPopulation.GetValueOrDefault(key), f[1], aliases, [], IsCapital: false, IsProminent: false, []));
            _adminIds[key] = f[3];
        }

        foreach (City c in cities)
        {
            bool district = c.FeatureCode == "PPLX";
            bool keep = district
                ? c.Population >= Math.Max(minPopulation, MinDistrictPopulation)
                : c.FeatureCode is not ("PPLH" or "PPLQ" or "PPLW")
                    && (c.Population >= minPopulation || c.FeatureCode is "PPLC" or "PPLA" or "PPLG");
            if (!keep || _rows.ContainsKey(c.Id))
            {
                continue;
            }

            ImmutableArray<string> aliases = IsLatinName(c.AltName) && c.AltName != c.Name ? [c.AltName] : [];
            Add(new GazetteerRow(c.Id, district ? PlaceKind.District : PlaceKind.City, c.Country, c.Admin.Length > 0 ? c.Admin : null,
                c.Latitude, c.Longitude, c.Population, c.Name, aliases, [], IsCapital: c.FeatureCode is "PPLC" or "PPLG", IsProminent: false, []));
            string byName = c.Name + "@" + c.Country;
            if (!_cityByName.TryGetValue(byName, out var known) || known.Population < c.Population)
            {
                _cityByName[byName] = (c.Id, c.Population);
            }
        }
    }

    /// <summary>Lays the hand-kept supplement over the GeoNames rows (see the comments at the top of the file).</summary>
    public void ApplySupplement(string path)
    {
        using FileStream stream = File.OpenRead(path);
        foreach (GazetteerRow row in GazetteerRow.ReadAll(stream))
        {
            string id = row.Id switch
            {
                ['@', .. string rest] when rest.Contains('.', StringComparison.Ordinal) => _adminIds.GetValueOrDefault(rest) ?? throw Unknown(row.Id),
                ['@', .. string rest] => _countryIds.GetValueOrDefault(rest) ?? throw Unknown(row.Id),
                ['=', .. string rest] => _cityByName.TryGetValue(rest, out var city) ? city.Id : throw Unknown(row.Id),
                _ => row.Id,
            };
            Add(row with { Id = id });
        }
    }

    /// <summary>Every row, in the order first added.</summary>
    public List<GazetteerRow> CoreRows() => [.. _order.Select(id => _rows[id])];

    /// <summary>Patches of the countries from world-countries: aliases, demonyms and centroids.</summary>
    public List<GazetteerRow> CountryRows(string path)
    {
        var rows = new List<GazetteerRow>();
        foreach (string[] f in ReadTable(path, header: true))
        {
            if (f.Length < 12 || !_countryIds.TryGetValue(f[0], out string? id))
            {
                continue;
            }

            var aliases = new List<string>();
            foreach (string name in new[] { f[2], f[3] }.Concat(f[4].Split('|')))
            {
                string alias = name.Trim();
                bool code = alias == f[0] || alias == f[1];
                if (!code && IsLatinName(alias) && !aliases.Contains(alias, StringComparer.Ordinal))
                {
                    aliases.Add(alias);
                }
            }

            var demonyms = new List<string>();
            foreach (string field in new[] { f[5], f[6] })
            {
                foreach (string part in field.Split([", ", " or "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (IsLatinName(part) && !demonyms.Contains(part, StringComparer.Ordinal))
                    {
                        demonyms.Add(part);
                    }
                }
            }

            double latitude = double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat) ? lat : double.NaN;
            double longitude = double.TryParse(f[11], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon) ? lon : double.NaN;
            rows.Add(new GazetteerRow(id, null, null, null, Math.Round(latitude, 5), Math.Round(longitude, 5), 0, null,
                [.. aliases], [.. demonyms], IsCapital: false, IsProminent: false, []));
        }

        return rows;
    }

    private void Add(GazetteerRow row)
    {
        if (_rows.TryGetValue(row.Id, out GazetteerRow? existing))
        {
            _rows[row.Id] = existing.Merge(row);
        }
        else if (row.Kind is null || row.Name is null)
        {
            throw Unknown(row.Id);
        }
        else
        {
            _rows[row.Id] = row;
            _order.Add(row.Id);
        }
    }

    /// <summary>A name in the Latin script without commas ("Congo, the Democratic Republic of the" is an index form).</summary>
    private static bool IsLatinName(string name)
    {
        if (name.Length < 2)
        {
            return false;
        }

        bool letters = false;
        foreach (char c in name)
        {
            if (char.IsLetter(c))
            {
                if (!(c < 0x250 || c is >= '\u1E00' and <= '\u1EFF'))
                {
                    return false;
                }

                letters = true;
            }
            else if (c is not (' ' or '-' or '\'' or '\u2019' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        return letters;
    }

    private static InvalidDataException Unknown(string id) => new($"supplement: '{id}' names no known place (a new place needs a kind).");

    /// <summary>The tab-separated fields of each line, without blank and comment lines (and the first line when it is a header).</summary>
    private static IEnumerable<string[]> ReadTable(string path, bool header = false)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (header)
            {
                header = false;
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }

    private static List<City> ReadCities(string path)
    {
        var cities = new List<City>(140_000);
        foreach (string[] f in ReadTable(path, header: true))
        {
            cities.Add(new City(f[0], f[1], f[2], f[3], f[4], f[5],
                long.Parse(f[6], CultureInfo.InvariantCulture),
                double.Parse(f[7], CultureInfo.InvariantCulture),
                double.Parse(f[8], CultureInfo.InvariantCulture)));
        }

        return cities;
    }

    private sealed record City(string Id, string Name, string AltName, string Country, string FeatureCode, string Admin, long Population, double Latitude, double Longitude);
}
