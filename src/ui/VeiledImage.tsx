import { useContext, useState } from 'preact/hooks';
import { VeilImagesByDefault } from './image-privacy';
import { t } from '../shared/i18n';

interface Props {
  src: string | null;
  alt: string;
}

/** An image that stays blurred until the person chooses to see it, and can be hidden again. */
export function VeiledImage({ src, alt }: Props) {
  const [veiled, setVeiled] = useState(useContext(VeilImagesByDefault));
  return (
    <div class="veiled-image">
      <div class="image-frame">{src ? <img src={src} alt={alt} class={veiled ? 'veiled' : ''} /> : <div style={{ height: '90px' }} />}</div>
      <button type="button" class="reveal" onClick={() => setVeiled(!veiled)} aria-pressed={!veiled}>
        {veiled ? t('common_show_image') : t('common_hide_image')}
      </button>
    </div>
  );
}
