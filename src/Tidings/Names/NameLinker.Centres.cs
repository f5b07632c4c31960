using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Centres named by their field ("Sunway Medical Centre", "Clatterbridge Cancer Centre", "Rwanda Biomedical
/// Centre"), which the recognizer reads as places, as it reads venues ("Barclays Center").</summary>
internal static partial class NameLinker
{
    /// <summary>Words of a field of care, research or policy before "Centre"/"Center" that make the name an institution
    /// (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet CentreFields = LinkerWords.Set("centre-fields");

    /// <summary>
    /// A name typed a place that ends in "Centre" or "Center" after a word of a field of care, research or policy
    /// (<see cref="CentreFields"/>: Medical, Cancer, Biomedical, Research, Policy, Law …) is the institution, an
    /// organization: "Asan Medical Center", "Harley Street Health Centre". Venues keep their type ("Barclays Center",
    /// "Kennedy Space Center", "World Trade Center").
    /// </summary>
    private static void FieldCentres(Document document, List<Item> items)
    {
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Place && item.Cut == 0 && item.Last > item.First
                && document.TokenText(item.Last) is "Centre" or "Center" && CentreFields.Contains(document.TokenText(item.Last - 1)))
            {
                items[k] = item with { Type = NameType.Organization };
            }
        }
    }
}
