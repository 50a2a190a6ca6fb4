/** Country name → ISO 3166-1 alpha-2, from i18n-iso-countries (names and common aliases). */
import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(enNames);

export function countryCode(name: string): string | undefined {
  return countries.getAlpha2Code(name.trim(), 'en') ?? undefined;
}
