/**
 * Plain words for a PDQ distance. Re-encoding alone moves a hash up to about 16 bits; 31 is the
 * reference's match threshold, so anything listed is a match and the words only say how sure.
 */
export function matchCloseness(distance: number): 'popup_find_images_very_close' | 'popup_find_images_close' {
  return distance <= 16 ? 'popup_find_images_very_close' : 'popup_find_images_close';
}
