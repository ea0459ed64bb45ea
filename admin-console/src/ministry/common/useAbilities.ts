import { useUser } from '../../auth/useSession';
import { abilitiesOf, type MinistryAbilities } from '../access';

/** What the signed-in administrator may do (to hide what the server would refuse). */
export function useAbilities(): MinistryAbilities {
  return abilitiesOf(useUser().role);
}
