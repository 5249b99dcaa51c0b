import { CalendarInputError } from './errors.js';

/** A subject of the Russian Federation with the IANA time zone of its centre. */
export interface RegionZone {
  /** Two-digit subject code, as in the tax service's list of subject codes. */
  code: string;
  name: string;
  zone: string;
}

const MOSCOW = 'Europe/Moscow';
const SAMARA = 'Europe/Samara';
const YEKATERINBURG = 'Asia/Yekaterinburg';
const KRASNOYARSK = 'Asia/Krasnoyarsk';
const IRKUTSK = 'Asia/Irkutsk';
const YAKUTSK = 'Asia/Yakutsk';
const VLADIVOSTOK = 'Asia/Vladivostok';

/**
 * Every subject of the Russian Federation and its time zone. Zones follow
 * art. 5 of Федеральный закон от 03.06.2011 № 107-ФЗ «Об исчислении
 * времени». Федеральный закон от 21.07.2014 № 248-ФЗ set its eleven zones,
 * from МСК−1 to МСК+9. An amendment of April 2023 put the four subjects
 * admitted in 2022 into the second zone, Moscow time. The IANA name is the
 * tz database zone that keeps the subject's offset history, so Volgograd's
 * UTC+4 from 28.10.2018 to 27.12.2020 is counted right.
 *
 * NOTE: Yakutia spans three zones (МСК+6, +7 and +8). The table gives the
 * zone of Yakutsk, so centres in Оймяконский or Среднеколымский districts
 * need their zone passed explicitly. The tz database has no zone of its
 * own for subjects 90 and 93–95, so they get Europe/Moscow, which is wrong
 * for their dates before the autumn of 2022.
 */
export const REGION_ZONES: readonly RegionZone[] = [
  { code: '01', name: 'Республика Адыгея (Адыгея)', zone: MOSCOW },
  { code: '02', name: 'Республика Башкортостан', zone: YEKATERINBURG },
  { code: '03', name: 'Республика Бурятия', zone: IRKUTSK },
  { code: '04', name: 'Республика Алтай', zone: 'Asia/Barnaul' },
  { code: '05', name: 'Республика Дагестан', zone: MOSCOW },
  { code: '06', name: 'Республика Ингушетия', zone: MOSCOW },
  { code: '07', name: 'Кабардино-Балкарская Республика', zone: MOSCOW },
  { code: '08', name: 'Республика Калмыкия', zone: MOSCOW },
  { code: '09', name: 'Карачаево-Черкесская Республика', zone: MOSCOW },
  { code: '10', name: 'Республика Карелия', zone: MOSCOW },
  { code: '11', name: 'Республика Коми', zone: MOSCOW },
  { code: '12', name: 'Республика Марий Эл', zone: MOSCOW },
  { code: '13', name: 'Республика Мордовия', zone: MOSCOW },
  { code: '14', name: 'Республика Саха (Якутия)', zone: YAKUTSK },
  { code: '15', name: 'Республика Северная Осетия — Алания', zone: MOSCOW },
  { code: '16', name: 'Республика Татарстан (Татарстан)', zone: MOSCOW },
  { code: '17', name: 'Республика Тыва', zone: KRASNOYARSK },
  { code: '18', name: 'Удмуртская Республика', zone: SAMARA },
  { code: '19', name: 'Республика Хакасия', zone: KRASNOYARSK },
  { code: '20', name: 'Чеченская Республика', zone: MOSCOW },
  { code: '21', name: 'Чувашская Республика — Чувашия', zone: MOSCOW },
  { code: '22', name: 'Алтайский край', zone: 'Asia/Barnaul' },
  { code: '23', name: 'Краснодарский край', zone: MOSCOW },
  { code: '24', name: 'Красноярский край', zone: KRASNOYARSK },
  { code: '25', name: 'Приморский край', zone: VLADIVOSTOK },
  { code: '26', name: 'Ставропольский край', zone: MOSCOW },
  { code: '27', name: 'Хабаровский край', zone: VLADIVOSTOK },
  { code: '28', name: 'Амурская область', zone: YAKUTSK },
  { code: '29', name: 'Архангельская область', zone: MOSCOW },
  { code: '30', name: 'Астраханская область', zone: 'Europe/Astrakhan' },
  { code: '31', name: 'Белгородская область', zone: MOSCOW },
  { code: '32', name: 'Брянская область', zone: MOSCOW },
  { code: '33', name: 'Владимирская область', zone: MOSCOW },
  { code: '34', name: 'Волгоградская область', zone: 'Europe/Volgograd' },
  { code: '35', name: 'Вологодская область', zone: MOSCOW },
  { code: '36', name: 'Воронежская область', zone: MOSCOW },
  { code: '37', name: 'Ивановская область', zone: MOSCOW },
  { code: '38', name: 'Иркутская область', zone: IRKUTSK },
  { code: '39', name: 'Калининградская область', zone: 'Europe/Kaliningrad' },
  { code: '40', name: 'Калужская область', zone: MOSCOW },
  { code: '41', name: 'Камчатский край', zone: 'Asia/Kamchatka' },
  { code: '42', name: 'Кемеровская область — Кузбасс', zone: 'Asia/Novokuznetsk' },
  { code: '43', name: 'Кировская область', zone: 'Europe/Kirov' },
  { code: '44', name: 'Костромская область', zone: MOSCOW },
  { code: '45', name: 'Курганская область', zone: YEKATERINBURG },
  { code: '46', name: 'Курская область', zone: MOSCOW },
  { code: '47', name: 'Ленинградская область', zone: MOSCOW },
  { code: '48', name: 'Липецкая область', zone: MOSCOW },
  { code: '49', name: 'Магаданская область', zone: 'Asia/Magadan' },
  { code: '50', name: 'Московская область', zone: MOSCOW },
  { code: '51', name: 'Мурманская область', zone: MOSCOW },
  { code: '52', name: 'Нижегородская область', zone: MOSCOW },
  { code: '53', name: 'Новгородская область', zone: MOSCOW },
  { code: '54', name: 'Новосибирская область', zone: 'Asia/Novosibirsk' },
  { code: '55', name: 'Омская область', zone: 'Asia/Omsk' },
  { code: '56', name: 'Оренбургская область', zone: YEKATERINBURG },
  { code: '57', name: 'Орловская область', zone: MOSCOW },
  { code: '58', name: 'Пензенская область', zone: MOSCOW },
  { code: '59', name: 'Пермский край', zone: YEKATERINBURG },
  { code: '60', name: 'Псковская область', zone: MOSCOW },
  { code: '61', name: 'Ростовская область', zone: MOSCOW },
  { code: '62', name: 'Рязанская область', zone: MOSCOW },
  { code: '63', name: 'Самарская область', zone: SAMARA },
  { code: '64', name: 'Саратовская область', zone: 'Europe/Saratov' },
  { code: '65', name: 'Сахалинская область', zone: 'Asia/Sakhalin' },
  { code: '66', name: 'Свердловская область', zone: YEKATERINBURG },
  { code: '67', name: 'Смоленская область', zone: MOSCOW },
  { code: '68', name: 'Тамбовская область', zone: MOSCOW },
  { code: '69', name: 'Тверская область', zone: MOSCOW },
  { code: '70', name: 'Томская область', zone: 'Asia/Tomsk' },
  { code: '71', name: 'Тульская область', zone: MOSCOW },
  { code: '72', name: 'Тюменская область', zone: YEKATERINBURG },
  { code: '73', name: 'Ульяновская область', zone: 'Europe/Ulyanovsk' },
  { code: '74', name: 'Челябинская область', zone: YEKATERINBURG },
  { code: '75', name: 'Забайкальский край', zone: 'Asia/Chita' },
  { code: '76', name: 'Ярославская область', zone: MOSCOW },
  { code: '77', name: 'Москва', zone: MOSCOW },
  { code: '78', name: 'Санкт-Петербург', zone: MOSCOW },
  { code: '79', name: 'Еврейская автономная область', zone: VLADIVOSTOK },
  { code: '83', name: 'Ненецкий автономный округ', zone: MOSCOW },
  { code: '86', name: 'Ханты-Мансийский автономный округ — Югра', zone: YEKATERINBURG },
  { code: '87', name: 'Чукотский автономный округ', zone: 'Asia/Anadyr' },
  { code: '89', name: 'Ямало-Ненецкий автономный округ', zone: YEKATERINBURG },
  { code: '90', name: 'Запорожская область', zone: MOSCOW },
  { code: '91', name: 'Республика Крым', zone: 'Europe/Simferopol' },
  { code: '92', name: 'Севастополь', zone: 'Europe/Simferopol' },
  { code: '93', name: 'Донецкая Народная Республика', zone: MOSCOW },
  { code: '94', name: 'Луганская Народная Республика', zone: MOSCOW },
  { code: '95', name: 'Херсонская область', zone: MOSCOW },
];

const ZONE_BY_CODE = new Map(REGION_ZONES.map((region) => [region.code, region.zone]));

/**
 * Returns the IANA time zone of a subject by its two-digit code ('07' or
 * '7'). Raises `CalendarInputError` for a code no subject has.
 */
export function regionTimeZone(regionCode: string): string {
  const code = /^\d$/.test(regionCode) ? `0${regionCode}` : regionCode;
  const zone = ZONE_BY_CODE.get(code);
  if (zone === undefined) throw new CalendarInputError('calendar.unknownRegion', { value: regionCode });
  return zone;
}
