import type { Catalogs } from '../i18n/types.js';

/** Messages of calendar and deadline errors, which callers turn into findings. */
export const calendarMessages: Catalogs = {
  ru: {
    'calendar.outOfRange':
      'Дата {date} вне производственного календаря: в tsmp есть данные только за {firstYear}–{lastYear} годы, поэтому срок не вычислен. Обновите tsmp до версии с календарём на нужный год.',
    'calendar.invalidDate': 'Неверная дата «{value}». Укажите дату в виде ГГГГ-ММ-ДД, например 2024-04-27.',
    'calendar.invalidInstant':
      'Неверный момент времени «{value}». Укажите дату и время по ISO 8601 со смещением от UTC, например 2024-04-27T09:30:00+03:00.',
    'calendar.invalidTimeZone': 'Неизвестный часовой пояс «{value}». Укажите имя пояса из базы IANA, например Europe/Moscow.',
    'calendar.unknownRegion':
      'Неизвестный код субъекта РФ «{value}». Укажите двузначный код субъекта, например 77 (Москва) или 25 (Приморский край).',
    'calendar.invalidAmount': 'Неверная величина срока {amount}. Укажите неотрицательное число.',
    'calendar.fractionalWorkingDays': 'Срок в рабочих днях должен быть целым, указано {amount}. Округлите срок или задайте его в часах.',
    'calendar.fractionalCalendarDays': 'Срок в календарных днях должен быть целым, указано {amount}. Округлите срок или задайте его в часах.',
    'calendar.endBeforeStart': 'Событие окончания ({end}) произошло раньше события начала ({start}). Проверьте порядок и время событий.',
  },
  en: {
    'calendar.outOfRange':
      'Date {date} is outside the production calendar: tsmp has data for {firstYear}–{lastYear} only, so the deadline was not computed. Update tsmp to a version with the calendar for that year.',
    'calendar.invalidDate': 'Invalid date "{value}". Write the date as YYYY-MM-DD, for example 2024-04-27.',
    'calendar.invalidInstant':
      'Invalid instant "{value}". Write the date and time in ISO 8601 with a UTC offset, for example 2024-04-27T09:30:00+03:00.',
    'calendar.invalidTimeZone': 'Unknown time zone "{value}". Use an IANA zone name, for example Europe/Moscow.',
    'calendar.unknownRegion':
      'Unknown subject code "{value}". Use the two-digit code of a subject of the Russian Federation, for example 77 (Moscow) or 25 (Primorsky Krai).',
    'calendar.invalidAmount': 'Invalid deadline amount {amount}. Use a number that is not negative.',
    'calendar.fractionalWorkingDays': 'A deadline in working days must be a whole number, got {amount}. Round it or give it in hours.',
    'calendar.fractionalCalendarDays': 'A deadline in calendar days must be a whole number, got {amount}. Round it or give it in hours.',
    'calendar.endBeforeStart': 'The end event ({end}) happened before the start event ({start}). Check the order and times of the events.',
  },
};
