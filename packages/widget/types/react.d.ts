// React 19 typing of <booking-widget> in JSX. Opt in once per app:
//   import type {} from '@slotkit/widget/react';
// (or list "@slotkit/widget/react" in tsconfig "types"). React 19 sets properties for the
// element's known properties and adds listeners for `on<event-name>` props.
import type { BookingWidget, SlotkitEventMap } from '@slotkit/widget';

type Events = {
  [K in keyof SlotkitEventMap as `on${K}`]?: (event: SlotkitEventMap[K]) => void;
};

/** What JSX may set on <booking-widget>: its attributes, a few of its properties and its events. */
export type BookingWidgetJsxProps = Partial<
  Pick<
    BookingWidget,
    'activityId' | 'embedKey' | 'manageToken' | 'api' | 'theme' | 'color' | 'locale' | 'preview' | 'config'
  >
> & {
  'activity-id'?: string;
  'embed-key'?: string;
  'manage-token'?: string;
} & Events;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'booking-widget': React.DetailedHTMLProps<React.HTMLAttributes<BookingWidget>, BookingWidget> &
        BookingWidgetJsxProps;
    }
  }
}
